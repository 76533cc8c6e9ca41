// Starts GraphiQL against this service. An API key typed into the headers tab
// ({"Authorization": "Bearer ..."}) is sent with every request.
(function () {
  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({ url: root.dataset.endpoint });
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();
