import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { DeckFormFields } from './decorateBakeStage';

// The field names Deck's bake forms show: AngularJS bakeStage.html and Deck main's AwsBakeStageConfig (from
// 2026-09) both label them so, and both hide them behind "Show Advanced Options"; AmazonStageConfig (Deck main
// 2026-07/08) has none of them.
const TEMPLATE_LABELS = ['Template File Name'];
const ATTRIBUTE_LABELS = ['Extended Attributes', 'Add Extended Attribute'];
const BOTH_LABELS = ['Show Advanced Options'];

function labelsBefore(panelRoot: Element): Set<string> {
  const labels = new Set<string>();
  for (let node = panelRoot.previousElementSibling; node; node = node.previousElementSibling) {
    node.querySelectorAll('label, .label-text, strong, button').forEach((element) => {
      const text = element.textContent?.trim();
      if (text) labels.add(text);
    });
  }
  return labels;
}

function fieldsShown(panelRoot: Element): DeckFormFields {
  const labels = labelsBefore(panelRoot);
  const any = (names: string[]) => names.some((name) => labels.has(name));
  return {
    template: any(TEMPLATE_LABELS) || any(BOTH_LABELS),
    extendedAttributes: any(ATTRIBUTE_LABELS) || any(BOTH_LABELS),
  };
}

// What Deck's own form edits is read from the form Deck renders above the panel, not from its kind (React or
// AngularJS): the panel then offers no second editor for those fields. The form can render its fields late (Deck
// main's loads bakery options first), so the page is watched until both are found.
export function useDeckFormFields(panelRoot: RefObject<Element>, declared: DeckFormFields): DeckFormFields {
  const [shown, setShown] = useState<DeckFormFields>({ template: false, extendedAttributes: false });
  useEffect(() => {
    const root = panelRoot.current;
    const container = root?.parentElement;
    if (!root || !container || typeof MutationObserver === 'undefined') return undefined;
    const look = () => {
      const found = fieldsShown(root);
      setShown((current) => {
        const next = {
          template: current.template || found.template,
          extendedAttributes: current.extendedAttributes || found.extendedAttributes,
        };
        if (next.template && next.extendedAttributes) observer.disconnect();
        return next.template === current.template && next.extendedAttributes === current.extendedAttributes
          ? current
          : next;
      });
    };
    const observer = new MutationObserver(look);
    observer.observe(container, { childList: true, subtree: true });
    look();
    return () => observer.disconnect();
  }, [panelRoot]);
  return {
    template: declared.template || shown.template,
    extendedAttributes: declared.extendedAttributes || shown.extendedAttributes,
  };
}
