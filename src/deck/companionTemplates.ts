import { COMPANION_TEMPLATE_FILES } from 'bake-share:companion-template-files';

export interface CompanionTemplateFile {
  file: string;
  url: string;
}

export const companionTemplateFiles = (): CompanionTemplateFile[] =>
  COMPANION_TEMPLATE_FILES.map((entry) => ({ ...entry }));

// The files are served from where the plugin itself is (Gate's deck proxy serves the whole bundle folder).
export async function readCompanionTemplates(
  files: readonly CompanionTemplateFile[],
  signal?: AbortSignal,
): Promise<Array<{ file: string; text: string }>> {
  return Promise.all(
    files.map(async ({ file, url }) => {
      const response = await fetch(url, { credentials: 'include', signal });
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return { file, text: await response.text() };
    }),
  );
}
