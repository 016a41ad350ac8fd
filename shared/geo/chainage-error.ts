/** Why a chainage was refused: unreadable text, or a distance outside the road. */
export class ChainageError extends Error {
  constructor(
    readonly reason: 'format' | 'range',
    message: string,
  ) {
    super(message);
    this.name = 'ChainageError';
  }
}
