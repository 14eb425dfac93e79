// The main configuration of a test's own nginx (Debian's package, run as the test's child): no daemon, no
// master process, one worker, pid, logs and every temp path under the test's directory, access log off; the
// caller gives what goes inside `http { }` (its upstreams, maps and servers).
export function nginxMainConfig(dir: string, workerConnections: number, http: string): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections ${workerConnections}; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${http}
}
`;
}
