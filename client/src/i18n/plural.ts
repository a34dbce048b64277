// English "1 node" / "3 nodes"; Chinese has no plural.
export const plural = (n: number, one: string, other: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : other}`;
