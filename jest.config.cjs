module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/test/jest/deckGlobals.cjs'],
  moduleNameMapper: {
    '^root/version\\.json$': '<rootDir>/test/jest/version.json',
    '\\.(css|less)$': '<rootDir>/test/jest/styleStub.cjs',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
