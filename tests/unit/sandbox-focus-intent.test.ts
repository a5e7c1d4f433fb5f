import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fractionAfterKey, fractionAt, SPLIT_MAX, SPLIT_MIN } from '../../src/components/sandbox/split-drag.ts';
import { allowsIdlePreload } from '../../src/components/sandbox/load-intent.ts';

test('the focus-mode split follows the pointer within its limits', () => {
  assert.equal(fractionAt(640, 0, 1280), 0.5);
  assert.equal(fractionAt(100, 0, 1280), SPLIT_MIN);
  assert.equal(fractionAt(1270, 0, 1280), SPLIT_MAX);
  assert.equal(fractionAt(700, 100, 1200), 0.5);
  assert.equal(fractionAt(5, 0, 0), 0.5);
});

test('the split moves by 5 % per arrow key, Home/End go to the limits, other keys are not handled', () => {
  assert.equal(fractionAfterKey(0.5, 'ArrowLeft'), 0.45);
  assert.equal(fractionAfterKey(0.5, 'ArrowRight'), 0.55);
  assert.equal(fractionAfterKey(0.8, 'ArrowRight'), SPLIT_MAX);
  assert.equal(fractionAfterKey(0.5, 'Home'), SPLIT_MIN);
  assert.equal(fractionAfterKey(0.5, 'End'), SPLIT_MAX);
  assert.equal(fractionAfterKey(0.5, 'a'), null);
});

test('idle preloading respects Save-Data and slow connections', () => {
  assert.equal(allowsIdlePreload(undefined), true);
  assert.equal(allowsIdlePreload({ effectiveType: '4g' }), true);
  assert.equal(allowsIdlePreload({ effectiveType: '3g', saveData: false }), true);
  assert.equal(allowsIdlePreload({ effectiveType: '4g', saveData: true }), false);
  assert.equal(allowsIdlePreload({ effectiveType: '2g' }), false);
  assert.equal(allowsIdlePreload({ effectiveType: 'slow-2g' }), false);
});
