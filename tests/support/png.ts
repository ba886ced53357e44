import { encodeRgbPng } from "../../scripts/lib/png";

/**
 * A real, decodable RGB PNG of `width` × `height` grey pixels, with optional tEXt chunks (as a
 * camera, scanner or export tool would leave: "Author", "Comment"), for upload tests.
 */
export function makePng(width: number, height: number, text: Record<string, string> = {}): Uint8Array<ArrayBuffer> {
  return encodeRgbPng(width, height, new Uint8Array(width * height * 3).fill(0x80), text);
}
