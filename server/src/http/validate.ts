// Request validation with zod: a failure is a 400 naming each bad parameter.
import type { z } from 'zod';
import { ValidationError } from '../errors.js';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const name = i.path.length ? i.path.join('.') : where;
    return `${name}: ${i.message}`;
  });
  throw new ValidationError(
    `Invalid ${where}: ${problems.join('; ')}`,
    'See /api/openapi.json for the parameters.',
  );
}
