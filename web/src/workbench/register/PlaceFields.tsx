import { Col, Form, Input, Row, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toDivisionTree, useOrganizations } from '../common/organizations.ts';

/** Where it happened: an administrative division known to the organisation tree, and an address. */
export function PlaceFields() {
  const { t } = useTranslation();
  const orgs = useOrganizations();
  const divisions = useMemo(() => toDivisionTree(orgs.data ?? []), [orgs.data]);
  return (
    <Row gutter={12}>
      <Col xs={24} md={10}>
        <Form.Item name="placeDivisionCode" label={t('register.division')}>
          <TreeSelect
            treeData={divisions}
            loading={orgs.isPending}
            treeDefaultExpandAll
            showSearch={{ treeNodeFilterProp: 'title' }}
            allowClear
            placeholder={t('register.divisionPlaceholder')}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item name="placeAddress" label={t('register.placeAddress')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}
