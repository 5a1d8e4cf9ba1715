/**
 * jest-environment-jsdom leaves out TextEncoder/TextDecoder, which every browser and Node have
 * and src/xlsx uses: give jsdom tests Node's (the same WHATWG Encoding API).
 */
import { TextDecoder, TextEncoder } from 'util';

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = TextDecoder;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = TextEncoder;
