export declare const CLIENT_ADDRESS_HEADER: "x-vigie-client-address";
export declare function clientAddress(input: { socket: string | undefined; forwardedFor: string | readonly string[] | undefined; trustProxy: boolean }): string;
