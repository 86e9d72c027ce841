export function createRunner() {}
