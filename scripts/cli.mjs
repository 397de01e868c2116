// A problem with what the user gave (plugin.yaml, arguments, a repository): its message is the whole story.
export class InputError extends Error {
  name = 'InputError';
}

export function runCli(name, main) {
  main().catch((error) => {
    console.error(error instanceof InputError ? `${name}: ${error.message}` : error);
    process.exitCode = 1;
  });
}
