import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../common/unit-of-work';
import { OfficesDirectory, OfficeSummary } from './offices.directory';

/** The register offices as residents see them, by name: where they are and the number to call. */
@Injectable()
export class PublicOfficesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly directory: OfficesDirectory,
  ) {}

  list(): Promise<OfficeSummary[]> {
    return this.unitOfWork.read((manager) => this.directory.all(manager));
  }
}
