import { AuthenticationService } from '@spinnaker/core';

// The name Deck shows for the signed-in user; Gate calls an unauthenticated one "anonymous" too.
export function currentUserName(): string {
  try {
    const name = AuthenticationService.getAuthenticatedUser()?.name;
    return typeof name === 'string' && name !== '' ? name : 'anonymous';
  } catch {
    return 'anonymous';
  }
}
