import { DemoRandom } from './demo-random';

const WORDS = [
  'acorn', 'amber', 'anchor', 'apple', 'arrow', 'aspen', 'badger', 'banner', 'barley', 'beacon',
  'birch', 'bramble', 'bridge', 'brook', 'cabin', 'candle', 'canal', 'cedar', 'cherry', 'clover',
  'cobalt', 'copper', 'cotton', 'crane', 'dahlia', 'delta', 'ember', 'falcon', 'fern', 'finch',
  'forest', 'garnet', 'ginger', 'glade', 'granite', 'harbour', 'hazel', 'heron', 'hollow', 'island',
  'ivory', 'jasper', 'juniper', 'kettle', 'lantern', 'larch', 'lemon', 'linen', 'maple', 'marble',
  'meadow', 'mersey', 'mint', 'moss', 'nectar', 'nutmeg', 'oak', 'olive', 'orchard', 'otter',
  'paddle', 'pebble', 'pepper', 'pine', 'plover', 'pollen', 'quartz', 'quill', 'raven', 'reed',
  'ribbon', 'river', 'robin', 'rowan', 'saffron', 'severn', 'shale', 'silver', 'sparrow', 'spruce',
  'stone', 'summit', 'swift', 'tansy', 'teasel', 'thistle', 'timber', 'topaz', 'tulip', 'umber',
  'velvet', 'violet', 'walnut', 'willow', 'winter', 'wren', 'yarrow', 'yew', 'zephyr', 'zinnia',
] as const;

/** `count` different passwords such as `heron-maple-quartz-42`: three words and two digits. */
export function demoPasswords(count: number, random: DemoRandom): string[] {
  const passwords = new Set<string>();
  while (passwords.size < count) {
    passwords.add(`${random.pick(WORDS)}-${random.pick(WORDS)}-${random.pick(WORDS)}-${random.integer(10, 99)}`);
  }
  return [...passwords];
}
