// Thin re-export of the wire contract, which now lives in the top-level contract/ folder. Kept so modules that
// still import `../api-contract.ts` keep compiling while they move to `../../contract/index.ts`; the lead
// deletes it at merge.
export type * from '../contract/index.ts';
