/** The machine families vdpa-xml places devices for (facts.md §5). */
export function machineFamily(type: string | undefined): 'q35' | 'pc' | undefined {
  if (type === undefined || type === 'q35' || /^pc-q35-[0-9.]+$/.test(type)) return 'q35';
  if (type === 'pc' || /^pc-i440fx-[0-9.]+$/.test(type)) return 'pc';
  return undefined;
}
