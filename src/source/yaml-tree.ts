// The composed YAML tree the readers walk (through YNode), independent of the yaml package: both
// the fast path for plain kubectl-shaped text (yaml-fast.ts) and the yaml package's composer
// (yaml-full.ts, converted after its checks) produce it, so the package need not be loaded when
// the fast path suffices.

/** How a scalar was written (the yaml package's Scalar.type names). */
export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/**
 * Offsets of a node's text: where it starts and where its value ends (the yaml package's
 * range[0] and range[1]; its range[2], the end with trailing comments, is not kept).
 */
export type TRange = readonly [number, number];

export interface TScalar {
  readonly kind: 'scalar';
  /** as the YAML 1.2 core schema reads it: string, number, boolean, bigint or null */
  readonly value: unknown;
  /** the scalar's text after unquoting and folding, before it was read as a number or boolean */
  readonly source: string | undefined;
  /** undefined where the yaml package set none */
  readonly style: ScalarStyle | undefined;
  readonly range?: TRange;
}

export interface TPair {
  readonly key: TNode | null;
  readonly value: TNode | null;
}

export interface TMap {
  readonly kind: 'map';
  readonly pairs: readonly TPair[];
  readonly range?: TRange;
}

export interface TSeq {
  readonly kind: 'seq';
  readonly items: readonly (TNode | null)[];
  readonly range?: TRange;
}

export type TNode = TScalar | TMap | TSeq;

/** The string a scalar key reads as (`1` and `"1"` alike, as Kubernetes' YAML-to-JSON step does); undefined for complex keys. */
export function keyText(k: TNode | null): string | undefined {
  return k && k.kind === 'scalar' ? String(k.value) : undefined;
}
