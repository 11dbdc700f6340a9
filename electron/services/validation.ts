import type { z } from 'zod';
import type { FieldIssue } from '../contract/result';

/** Maps zod's issues to our catalogue keys, so each one names its field and reads in lv and en. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const field = issue.path.map(String).join('.') || 'input';
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined || issue.input === null) return [{ field, key: 'required' }];
        return [{ field, key: issue.expected === 'number' || issue.expected === 'int' ? 'not_number' : 'invalid_type' }];
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) === 1) return [{ field, key: 'required' }];
        return [
          { field, key: issue.origin === 'string' ? 'too_short' : 'too_small', params: { min: Number(issue.minimum) } },
        ];
      case 'too_big':
        return [{ field, key: issue.origin === 'string' ? 'too_long' : 'too_big', params: { max: Number(issue.maximum) } }];
      case 'invalid_format':
        return [{ field, key: 'invalid_format' }];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ field: [...issue.path.map(String), key].join('.'), key: 'unknown_field' }));
      case 'not_multiple_of':
        return [{ field, key: 'not_integer' }];
      default:
        return [{ field, key: 'invalid_value' }];
    }
  });
}
