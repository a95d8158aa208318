import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OfficersService } from './officers.service';
import { MAX_PASSWORD_BYTES, passwordTooLong } from './password-hasher';

/** The first officer account comes from ADMIN_USERNAME / ADMIN_PASSWORD; there is never a default one. */
@Injectable()
export class OfficerBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly officers: OfficersService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'adminUsername' | 'adminPassword'>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.officers.count()) > 0) return;
    const { adminUsername, adminPassword } = this.config;
    if (adminUsername === undefined || adminPassword === undefined) {
      this.logger.warn(
        'No officer account exists and ADMIN_USERNAME / ADMIN_PASSWORD are not set: nobody can sign in as an officer. ' +
          'Set both and restart to create the first officer.',
      );
      return;
    }
    if (passwordTooLong(adminPassword)) {
      throw new Error(`Invalid environment configuration:\n  ADMIN_PASSWORD: must be at most ${MAX_PASSWORD_BYTES} bytes`);
    }
    const officer = await this.officers.create({ username: adminUsername, password: adminPassword });
    this.logger.log(`Created the first officer account "${officer.username}" from ADMIN_USERNAME`);
  }
}
