// PLACEHOLDER until issue 5 lands: the worker-thread entry.
export {};
