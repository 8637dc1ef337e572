export const load = () => ({ signedOut: false });

export const actions = { default: () => ({ ok: true }) };
