import React from 'react';
import { AngularJSAdapter } from '@spinnaker/core';

interface FrozenAngularFormProps {
  templateUrl: string;
}

// AngularJSAdapter compiles its template again on every render (into a new scope, never destroyed), which would
// lose the user's focus after one keystroke; Deck's own form manages itself once compiled.
export class FrozenAngularForm extends React.Component<FrozenAngularFormProps> {
  shouldComponentUpdate(): boolean {
    return false;
  }

  render() {
    return <AngularJSAdapter templateUrl={this.props.templateUrl} />;
  }
}
