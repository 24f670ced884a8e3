export type MutationProduct = 'shared' | 'client' | 'emulator' | 'contract';
export interface MutationPart {
  product: MutationProduct;
  /** 1-based. */
  index: number;
  /** How many parts the product has. */
  count: number;
  /** `emulator:2`, or the product's name when it has one part. */
  name: string;
  /** The folder under reports/mutation/: `emulator-2`, or the product's name. */
  dir: string;
  /** Stryker's mutate globs. */
  mutate: string[];
}
export const productParts: Record<MutationProduct, string[][]>;
export const mutationProducts: MutationProduct[];
export function partsOf(product: MutationProduct): MutationPart[];
export function partNamed(name: string): MutationPart | undefined;
