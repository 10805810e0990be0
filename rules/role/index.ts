import adminAccess from './admin-access.js';
import broadRead from './broad-read.js';
import cognitoAdminActions from './cognito-admin-actions.js';
import guestWriteAccess from './guest-write-access.js';

export default [adminAccess, broadRead, cognitoAdminActions, guestWriteAccess];
