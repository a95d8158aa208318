import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FirstOfficerSetup } from './first-officer-setup';
import { OfficersService } from './officers.service';
import { MAX_PASSWORD_BYTES, passwordTooLong } from './password-hasher';

/**
 * The first officer account: from ADMIN_USERNAME / ADMIN_PASSWORD when set, else through the
 * one-time set-up link. There is never a default one.
 */
@Injectable()
export class OfficerBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly officers: OfficersService,
    private readonly setup: FirstOfficerSetup,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'adminUsername' | 'adminPassword'>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.officers.count()) > 0) return this.setup.withdraw();
    const { adminUsername, adminPassword } = this.config;
    if (adminUsername === undefined || adminPassword === undefined) return this.setup.issue();
    if (passwordTooLong(adminPassword)) {
      throw new Error(`Invalid environment configuration:\n  ADMIN_PASSWORD: must be at most ${MAX_PASSWORD_BYTES} bytes`);
    }
    const officer = await this.officers.create({ username: adminUsername, password: adminPassword });
    await this.setup.withdraw();
    this.logger.log(`Created the first officer account "${officer.username}" from ADMIN_USERNAME`);
  }
}
