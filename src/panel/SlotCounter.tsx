import React from 'react';

interface SlotCounterProps {
  used: number;
  capacity?: number;
  noun: { one: string; other: string };
}

export function SlotCounter({ used, capacity, noun }: SlotCounterProps) {
  const over = capacity !== undefined && used > capacity;
  const text =
    capacity === undefined
      ? `${used} ${used === 1 ? noun.one : noun.other}`
      : `${used} of ${capacity} ${capacity === 1 ? noun.one : noun.other}`;
  return <span className={over ? 'error-message bake-share-counter' : 'help-block bake-share-counter'}>{text}</span>;
}
