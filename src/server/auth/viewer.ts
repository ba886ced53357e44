/** Who is looking at a page or calling the API. `null` means a visitor without a session. */
export interface Viewer {
  userId: number;
  pseudonym: string;
  role: "member" | "moderator" | "admin";
  verificationStatus: "pending" | "verified" | "rejected" | "suspended";
}
