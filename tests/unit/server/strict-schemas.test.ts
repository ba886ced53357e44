import { describe, expect, it } from "vitest";
import { z } from "zod";
import { castVoteSchema } from "../../../src/server/forum/cast-vote";
import { newThreadSchema } from "../../../src/server/forum/thread-kinds";
import { parseInput } from "../../../src/server/validation";

/*
 * Every object schema the domain exports parses client input (a form, a JSON body or a query
 * string), so every one must be `.strict()`: an unknown field is a mistake or a probe, and is
 * refused by name. Found by walking the modules, so a schema added later is held to it too.
 * Schemas over data Rounds does not control (the NPPES answer, env bindings) are tolerant on
 * purpose and are not exported.
 */
const modules = import.meta.glob<Record<string, unknown>>("../../../src/server/**/*.ts", { eager: true });

/** Every object schema reachable from a schema: through shapes, unions, pipes, wrappers, records. */
function objectSchemasIn(root: z.ZodType): z.ZodObject[] {
  const found: z.ZodObject[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!(value instanceof z.ZodType) || seen.has(value)) return;
    seen.add(value);
    if (value instanceof z.ZodObject) {
      found.push(value);
      Object.values(value.shape).forEach(visit);
    }
    // zod keeps the inner schemas of every wrapper (optional, default, pipe, union, record…) on its def.
    for (const [key, child] of Object.entries(value._zod.def)) if (key !== "catchall") visit(child);
  };
  visit(root);
  return found;
}

const exported = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(module)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ where: `${file.replace(/^.*src\//, "src/")} ${name}`, schema })),
);

describe("every input schema is .strict()", () => {
  it("finds the domain's schemas", () => {
    expect(exported.length).toBeGreaterThan(20);
  });

  for (const { where, schema } of exported) {
    for (const [index, object] of objectSchemasIn(schema).entries()) {
      it(`${where}${index ? ` (object ${index + 1})` : ""}`, () => {
        expect(object._zod.def.catchall?._zod.def.type, `${where} accepts unknown fields`).toBe("never");
      });
    }
  }
});

describe("an unknown field is refused by name", () => {
  it("says which field", () => {
    expect(() => parseInput(castVoteSchema, { targetType: "thread", targetId: 1, value: 1, foo: 2 })).toThrow(
      expect.objectContaining({ code: "INVALID", message: 'Unknown field "foo".', fields: { foo: 'Unknown field "foo".' } }),
    );
  });

  it("names it inside a union of thread kinds too", () => {
    const input = { kind: "discussion", channel: "general", title: "A title long enough", body: "A body that is long enough to post.", score: 5 };
    expect(() => parseInput(newThreadSchema, input)).toThrow(expect.objectContaining({ fields: { score: 'Unknown field "score".' } }));
  });

  it("names a __proto__ key instead of losing it", () => {
    const input = JSON.parse('{"targetType":"thread","targetId":1,"value":1,"__proto__":{"admin":true}}') as unknown;
    try {
      parseInput(castVoteSchema, input);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID", message: 'Unknown field "__proto__".' });
      expect(Object.keys((error as { fields: object }).fields)).toEqual(["__proto__"]);
    }
  });

  it("cuts a very long field name short in the message", () => {
    const key = "k".repeat(5000);
    expect(() => parseInput(castVoteSchema, { targetType: "thread", targetId: 1, value: 1, [key]: 1 })).toThrow(`Unknown field "${"k".repeat(60)}…".`);
  });
});
