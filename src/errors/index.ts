export * from './ProfileError.js';
export * from './messages.js';
