import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { KubeError, KubeErrorCode } from '@app/kube';

const MAX_SHOWN = 200;

/**
 * Every named query parameter of a REST route (`@Query('name')`) is one string or absent. Express
 * turns `?name=a&name=b` into an array (and an extended parser `name[x]=1` into an object), which
 * no route expects: refuse it with a 400 naming the parameter instead of letting a string method
 * fail on an array further down.
 */
@Injectable()
export class SingleQueryValuePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'query' || !metadata.data) return value;
    if (value === undefined || typeof value === 'string') return value;
    const field = metadata.data;
    const shown = JSON.stringify(value) ?? String(value);
    const given = Array.isArray(value) ? `given ${value.length} times` : 'not a single value';
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `query parameter "${field}" was ${given}; give it once`,
      [
        {
          reason: 'FieldValueInvalid',
          field,
          message: `Invalid value: ${shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}…` : shown}: must be given once`,
        },
      ],
    );
  }
}
