import { useQuery } from '@tanstack/react-query';
import { Col, Result, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api.ts';
import { fetchCase, petitionKey } from '../common/petitions.api.ts';
import { AttachmentsCard } from './AttachmentsCard.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { CaseSummary } from './CaseSummary.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { ConflictCard } from './ConflictCard.tsx';
import { DeadlinesCard } from './DeadlinesCard.tsx';
import { DocumentsCard } from './DocumentsCard.tsx';
import { LinksCard } from './LinksCard.tsx';
import { PetitionersCard } from './PetitionersCard.tsx';
import './case.css';

/** One case: what it asks, who it is from, where it stands, what happened, and what this user may do now. */
export function CasePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const view = useQuery({ queryKey: petitionKey(id), queryFn: () => fetchCase(id), enabled: Number.isInteger(id) && id > 0 });
  if (view.error) {
    const missing = view.error instanceof ApiError && view.error.status === 404;
    return <Result status={missing ? '404' : 'error'} title={missing ? t('case.notFound') : t('common.loadFailed')} subTitle={view.error.message} extra={<Link to="/">{t('case.backToInbox')}</Link>} />;
  }
  if (!view.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const c = view.data;
  return (
    <article aria-labelledby="case-title">
      <CaseHeader view={c} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <CaseSummary view={c} />
          <CaseTimeline view={c} />
        </Col>
        <Col xs={24} xl={9}>
          <DeadlinesCard view={c} />
          <PetitionersCard view={c} />
          <DocumentsCard view={c} />
          <AttachmentsCard view={c} />
          <LinksCard view={c} />
          <ConflictCard view={c} />
        </Col>
      </Row>
    </article>
  );
}
