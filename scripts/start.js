#!/usr/bin/env node
/**
 * npm start: builds dist/ when it is missing (or with --build, or keeps rebuilding with --watch),
 * then serves it on https://localhost:3000 with office-addin-dev-certs' certificates, falling back
 * to HTTP (enough for the demo, not for Excel) when certificates cannot be made or trusted here.
 * The build is a development build (not minified: 39 s against 138 s for the production build on
 * a loaded 2-core machine); --production builds what `npm run build` does.
 *   node scripts/start.js [--build] [--production] [--watch] [--http] [--port 3000]
 */
const fs = require('fs');
const path = require('path');
const { createStaticServer } = require('./static-server');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : process.env.PORT || 3000);

function built() {
  return ['index.html', 'taskpane.html', 'demo.html', 'manifest.xml'].every((f) => fs.existsSync(path.join(dist, f)));
}

function build(watch, production = false) {
  const webpack = require('webpack');
  const config = require(path.join(root, 'webpack.config.js'))({}, { mode: production && !watch ? 'production' : 'development' });
  const compiler = webpack(config);
  return new Promise((resolve, reject) => {
    const done = (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) {
        console.error(stats.toString('errors-only'));
        if (!watch) return reject(new Error('Biên dịch thất bại.'));
      } else console.log(`Đã biên dịch vào dist/ (${((stats.endTime - stats.startTime) / 1000).toFixed(1)} giây).`);
      resolve();
    };
    if (watch) compiler.watch({}, done);
    else compiler.run((err, stats) => compiler.close(() => done(err, stats)));
  });
}

async function httpsOptions() {
  if (flag('--http')) return undefined;
  try {
    const devCerts = require('office-addin-dev-certs');
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('hết thời gian chờ')), 60_000).unref());
    return await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
  } catch (e) {
    console.warn(
      `Không tạo hoặc cài được chứng chỉ HTTPS cho localhost (${e && e.message ? e.message.split('\n')[0] : e}).\n` +
        'Chạy bằng HTTP: bản dùng thử vẫn dùng được, nhưng Excel chỉ nạp phần bổ trợ qua HTTPS.\n' +
        'Trên máy của bạn, hãy chạy "npx office-addin-dev-certs install" rồi "npm start" lại.',
    );
    return undefined;
  }
}

(async () => {
  if (flag('--watch')) {
    console.log('Đang biên dịch (chế độ theo dõi thay đổi)...');
    await build(true);
  } else if (flag('--build') || !built()) {
    if (flag('--production')) console.log('Đang biên dịch bản chính thức (nén gọn; trên máy 2 nhân mất khoảng 2–3 phút)...');
    else console.log('Chưa có dist/: đang biên dịch bản dùng thử (trên máy 2 nhân mất khoảng 40 giây)...');
    await build(false, flag('--production'));
  }
  const tls = await httpsOptions();
  const scheme = tls ? 'https' : 'http';
  const server = createStaticServer(dist, tls);
  server.on('error', (e) => {
    if (e.code === 'EADDRINUSE') console.error(`Cổng ${port} đang được dùng. Hãy tắt chương trình đang chiếm cổng hoặc chạy với --port <số khác>.`);
    else console.error(e);
    process.exit(1);
  });
  server.listen(port, () => {
    const url = `${scheme}://localhost:${port}`;
    console.log('');
    console.log('phuluc đang chạy. Mở trong trình duyệt:');
    console.log(`  Kiểm tra tệp trên trình duyệt:   ${url}/`);
    console.log(`  Bản dùng thử (không cần Excel):  ${url}/demo.html`);
    console.log(`  Ngăn tác vụ cho Excel:           ${url}/taskpane.html`);
    console.log(`  Tệp kê khai để nạp vào Excel:    ${url}/manifest.xml  (cách nạp: xem README)`);
    if (!tls) console.log('  (HTTP: Excel cần HTTPS; bản dùng thử thì không.)');
    console.log('Nhấn Ctrl+C để dừng.');
  });
})().catch((e) => {
  console.error(e && e.message ? e.message : e);
  process.exit(1);
});
