import { Injectable, PipeTransform } from '@nestjs/common';
import { invalidInput } from '../domain/domain-error';

/** Route ids are positive integers; anything else is a 400 naming the parameter. */
@Injectable()
export class IdParamPipe implements PipeTransform<string, number> {
  constructor(private readonly name: string) {}

  transform(value: string): number {
    if (!/^[1-9][0-9]{0,9}$/.test(value) || Number(value) > 2 ** 31 - 1) {
      throw invalidInput([{ field: this.name, code: 'INVALID_ID', message: 'must be a positive integer' }]);
    }
    return Number(value);
  }
}
