import { describe, expect, it } from 'vitest';
import { clearancePath, loginPath, parseRoute, projectPath, safeNextPath } from './routes.ts';

describe('parseRoute', () => {
  it('reads the map, login and admin pages', () => {
    expect(parseRoute('/', '')).toEqual({ name: 'map' });
    expect(parseRoute('/dang-nhap', '')).toEqual({ name: 'login', next: undefined });
    expect(parseRoute('/quan-tri/nguoi-dung', '')).toEqual({ name: 'users' });
    expect(parseRoute('/quan-tri/nhat-ky', '?actor=admin')).toEqual({ name: 'audit' });
    expect(parseRoute('/quan-tri/yeu-cau/', '')).toEqual({ name: 'enquiries' });
  });

  it('reads the projects pages', () => {
    expect(parseRoute('/du-an', '?ngay=2025-10-01')).toEqual({ name: 'projects' });
    expect(parseRoute('/du-an/project-huu-nghi-internal-road-upgrade', '')).toEqual({ name: 'project', id: 'project-huu-nghi-internal-road-upgrade' });
    expect(parseRoute('/du-an/a/b', '')).toEqual({ name: 'not-found', path: '/du-an/a/b' });
    expect(parseRoute('/bao-cao', '?ky=2025-09')).toEqual({ name: 'reports' });
  });

  it('reads the import page', () => {
    expect(parseRoute('/nhap-du-lieu', '')).toEqual({ name: 'imports' });
    expect(parseRoute('/nhap-du-lieu/', '')).toEqual({ name: 'imports' });
  });

  it('reads the clearance workspace with the open boundary from ?ranh-gioi=', () => {
    expect(parseRoute('/giai-phong-mat-bang', '')).toEqual({ name: 'clearance', boundaryId: undefined });
    expect(parseRoute('/giai-phong-mat-bang', '?ranh-gioi=clearance-cargo-road-1119-1120')).toEqual({ name: 'clearance', boundaryId: 'clearance-cargo-road-1119-1120' });
    expect(clearancePath('a b')).toBe('/giai-phong-mat-bang?ranh-gioi=a+b');
    expect(parseRoute('/giai-phong-mat-bang', '?ranh-gioi=a+b')).toEqual({ name: 'clearance', boundaryId: 'a b' });
  });

  it('reads the border and trade pages', () => {
    expect(parseRoute('/cua-khau', '')).toEqual({ name: 'border' });
    expect(parseRoute('/thuong-mai/', '')).toEqual({ name: 'trade' });
  });

  it('reads the planning page, whatever its query', () => {
    expect(parseRoute('/quy-hoach', '?phuong-an=dd-ls-general-2045&so-sanh=dd-ls-general-current')).toEqual({ name: 'plans' });
    expect(parseRoute('/quy-hoach/', '')).toEqual({ name: 'plans' });
  });

  it('writes a project path', () => {
    expect(projectPath('project-binh-nghi')).toBe('/du-an/project-binh-nghi');
  });

  it('ignores a trailing slash', () => {
    expect(parseRoute('/quan-tri/nguoi-dung/', '')).toEqual({ name: 'users' });
  });

  it('reads an unknown path as not found', () => {
    expect(parseRoute('/quan-tri', '')).toEqual({ name: 'not-found', path: '/quan-tri' });
    expect(parseRoute('/%E0%A4%A', '')).toEqual({ name: 'not-found', path: '/%E0%A4%A' });
  });

  it('reads where to return after login', () => {
    expect(parseRoute('/dang-nhap', '?tiep=%2Fquan-tri%2Fnhat-ky%3Factor%3Dadmin')).toEqual({ name: 'login', next: '/quan-tri/nhat-ky?actor=admin' });
  });
});

describe('safeNextPath', () => {
  it('keeps a same-origin path with its hash', () => {
    expect(safeNextPath('/#map=12/21.9/106.7&lang=en')).toBe('/#map=12/21.9/106.7&lang=en');
  });

  it('refuses other origins and tricks that browsers read as hosts', () => {
    for (const value of ['https://evil.example/', '//evil.example', '/\\evil.example', 'quan-tri', '/\t/evil.example', '', null, undefined]) {
      expect(safeNextPath(value), String(value)).toBeUndefined();
    }
  });

  it('never returns to the login page', () => {
    expect(safeNextPath('/dang-nhap?tiep=/')).toBeUndefined();
  });
});

describe('loginPath', () => {
  it('remembers the page to return to', () => {
    expect(loginPath('/quan-tri/nguoi-dung')).toBe('/dang-nhap?tiep=%2Fquan-tri%2Fnguoi-dung');
  });

  it('omits the map and unsafe targets', () => {
    expect(loginPath('/')).toBe('/dang-nhap');
    expect(loginPath('//evil.example')).toBe('/dang-nhap');
  });
});
