export * from './ProfileError.js';
export * from './messages.js';
export * from './didYouMean.js';
