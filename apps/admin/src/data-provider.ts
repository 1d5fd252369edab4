import simpleRestProvider from 'ra-data-simple-rest';

/** The server's resources all follow the simple-rest list contract under /api. */
export const dataProvider = simpleRestProvider('/api');
