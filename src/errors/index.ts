export * from './didYouMean.js';
export * from './messages.js';
export * from './ProfileError.js';
