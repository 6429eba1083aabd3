/** The server's English labels are lower case ("review request window"); a heading or list item starts with a capital. */
export const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
