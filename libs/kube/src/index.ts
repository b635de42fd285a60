export * from './objects/meta';
export * from './objects/core';
export * from './objects/apps';
export * from './objects/networking';
export * from './kinds';
export * from './errors';
export * from './net/ip';
