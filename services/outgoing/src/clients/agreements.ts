// The agreements API client both mobility services use (service token, contract-validated answers).
export { createAgreementsClient, AgreementsCallFailed, type AgreementsClient, type AgreementsClientOptions, type FetchLike } from "@orbis/service-kit";
