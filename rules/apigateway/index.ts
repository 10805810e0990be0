import authorizerMisconfigured from './authorizer-misconfigured.js';
import iamAuthOpenToGuests from './iam-auth-open-to-guests.js';
import jwtAudienceInvalid from './jwt-audience-invalid.js';
import jwtIssuerInvalid from './jwt-issuer-invalid.js';
import methodNoAuth from './method-no-auth.js';
import routeNoAuth from './route-no-auth.js';
import samNoDefaultAuthorizer from './sam-no-default-authorizer.js';
import scopesNeedAccessToken from './scopes-need-access-token.js';

export default [
  authorizerMisconfigured,
  iamAuthOpenToGuests,
  jwtAudienceInvalid,
  jwtIssuerInvalid,
  methodNoAuth,
  routeNoAuth,
  samNoDefaultAuthorizer,
  scopesNeedAccessToken,
];
