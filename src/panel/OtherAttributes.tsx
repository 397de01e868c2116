import React from 'react';

interface OtherAttributesProps {
  attributes: Array<[string, string]>;
}

export function OtherAttributes({ attributes }: OtherAttributesProps) {
  if (attributes.length === 0) {
    return <p className="form-control-static text-muted">None</p>;
  }
  return (
    <table className="table table-condensed bake-share-other-attributes">
      <caption className="sr-only">Other extended attributes, kept as they are</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {attributes.map(([key, value]) => (
          <tr key={key}>
            <td>
              <code>{key}</code>
            </td>
            <td>
              <code>{value}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
