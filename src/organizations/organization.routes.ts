import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { notFound } from '../platform/errors.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { addOrganization } from './add-organization.ts';
import { getOrganizationDirectory } from './organization-directory.ts';
import { presentOrganization } from './organization.presenter.ts';
import {
  addOrganizationBody, organizationDetailResponse, organizationIdParams, organizationListResponse, organizationSchema, reviewingBodyBody,
} from './organization.schemas.ts';
import { setReviewingBody } from './set-reviewing-body.ts';

const tags = ['organizations'];

export function organizationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/organizations', {
      schema: { tags, summary: 'The organisation tree (any signed-in user)', response: { 200: organizationListResponse, ...errorResponses(401) } },
    }, async (request) => {
      requireActor(request);
      const tree = await getOrganizationDirectory(ctx).tree();
      return { organizations: tree.all().map(presentOrganization) };
    });

    app.get('/organizations/:id', {
      schema: { tags, summary: 'One organisation with its ancestors and children', params: organizationIdParams, response: { 200: organizationDetailResponse, ...errorResponses(400, 401, 404) } },
    }, async (request) => {
      requireActor(request);
      const directory = getOrganizationDirectory(ctx);
      const org = await directory.get(request.params.id);
      if (!org) throw notFound({ zh: '组织机构', en: 'Organisation' });
      const tree = await directory.tree();
      return {
        organization: presentOrganization(org),
        ancestors: tree.ancestry(org.id).slice(0, -1).map(presentOrganization),
        children: tree.children(org.id).map(presentOrganization),
      };
    });

    app.post('/organizations', {
      schema: {
        tags,
        summary: "Add an organisation (admin on the parent's subtree)",
        body: addOrganizationBody,
        response: { 201: organizationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const org = await addOrganization(ctx, actor, request.body);
      return reply.status(201).send(presentOrganization(org));
    });

    app.put('/organizations/:id/reviewing-body', {
      schema: {
        tags,
        summary: 'Name who reviews the decisions of an organisation (null: its parent)',
        params: organizationIdParams,
        body: reviewingBodyBody,
        response: { 200: organizationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    }, async (request) => presentOrganization(await setReviewingBody(ctx, requireActor(request), request.params.id, request.body.reviewingOrgId)));
  };
}
