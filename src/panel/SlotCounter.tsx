import React from 'react';

interface SlotCounterProps {
  used: number;
  capacity?: number;
  noun: string;
}

export function SlotCounter({ used, capacity, noun }: SlotCounterProps) {
  const over = capacity !== undefined && used > capacity;
  const text = capacity === undefined ? `${used} ${noun}` : `${used} of ${capacity} ${noun}`;
  return <span className={over ? 'error-message bake-share-counter' : 'help-block bake-share-counter'}>{text}</span>;
}
