export async function seedShowcase(..._a: unknown[]) {}
