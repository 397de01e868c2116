import { readIdentity } from './scripts/plugin-identity.mjs';

const { id, version } = readIdentity();

export default {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/test/jest/deckGlobals.cjs', '<rootDir>/test/jest/quietReactAct.cjs'],
  globals: { __BAKE_SHARE_IDENTITY__: { id, version } },
  moduleNameMapper: {
    // jsdom would pick yaml's browser build, an ES module jest cannot load.
    '^yaml$': '<rootDir>/node_modules/yaml/dist/index.js',
    '^root/version\\.json$': '<rootDir>/test/jest/version.json',
    '^bake-share:companion-template-files$': '<rootDir>/test/jest/companionTemplateFiles.cjs',
    '\\.(css|less)$': '<rootDir>/test/jest/styleStub.cjs',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
