/** A grant that cannot be computed from its input: the field at fault and why (answered as a 400 naming it). */
export class GrantInputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "GrantInputError";
  }
}
