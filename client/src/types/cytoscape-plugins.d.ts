// Cytoscape extensions ship without types; they register themselves through cytoscape.use().
declare module 'cytoscape-fcose';
