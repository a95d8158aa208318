import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { LiveAccess, officerRoom } from '../live/live-access';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import { toOfficerView } from './auth.mapper';
import { OfficerEntity } from './officer.entity';
import { normaliseUsername, OfficerView } from './officers.dto';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

@Injectable()
export class OfficersService {
  constructor(
    @InjectRepository(OfficerEntity) private readonly officers: Repository<OfficerEntity>,
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly liveAccess: LiveAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  count(): Promise<number> {
    return this.officers.count();
  }

  async list(): Promise<OfficerView[]> {
    return (await this.officers.find({ order: { id: 'ASC' } })).map(toOfficerView);
  }

  findByUsername(username: string): Promise<OfficerEntity | null> {
    return this.officers.findOneBy({ username: normaliseUsername(username) });
  }

  /** Its tokens stop working and its live connections end at once; the last officer stays (409). */
  async remove(officerId: number): Promise<void> {
    await this.transactions.write(async (manager) => {
      if (!(await manager.existsBy(OfficerEntity, { id: officerId }))) throw new DomainError('OFFICER_NOT_FOUND', `Officer ${officerId} not found`);
      if ((await manager.count(OfficerEntity)) === 1) throw new DomainError('LAST_OFFICER', 'The last officer cannot be removed: create another first');
      await manager.delete(OfficerEntity, { id: officerId });
    });
    this.tokens.forgetOfficer(officerId);
    this.liveAccess.endPrincipal(officerRoom(officerId), 'officer-removed');
  }

  /** A sign-in that matched an outdated hash stores the new one. */
  async replacePasswordHash(officerId: number, passwordHash: string): Promise<void> {
    await this.transactions.write((manager) => manager.update(OfficerEntity, { id: officerId }, { passwordHash }));
  }

  /** 409 when the username is taken (usernames are case-insensitive). */
  async create(input: { username: string; password: string }): Promise<OfficerView> {
    const username = normaliseUsername(input.username);
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const row = await this.transactions.write(async (manager) => {
        if (await manager.existsBy(OfficerEntity, { username })) throw officerExists(username);
        return manager.save(OfficerEntity, manager.create(OfficerEntity, { username, passwordHash, createdAt: this.clock.now() }));
      });
      return toOfficerView(row);
    } catch (error) {
      if (error instanceof QueryFailedError && /UNIQUE/i.test(error.message)) throw officerExists(username);
      throw error;
    }
  }
}

function officerExists(username: string): DomainError {
  return new DomainError('OFFICER_NAME_TAKEN', `An officer named "${username}" already exists`);
}
