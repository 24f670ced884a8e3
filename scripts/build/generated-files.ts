// The files the generate step writes, apart from the step itself: what reads the list (npm start
// checking what generated/ lacks) need not load the generators (openapi-typescript, Ajv), about
// 2 s of CPU.
export const generatedFiles = ['schema.d.ts', 'spec-constants.ts', 'request-validators.ts', 'url-query-validator.ts', 'response-validators.ts', 'request-schemas.ts'] as const;
